// An FnMut called through a `&` reference (`f: &F`, or `&c` of a closure that changes a capture) is E0596 (accepted and run before).
fn run<F: FnMut() -> u32>(f: &F) -> u32 {
    f()
}

fn main() {
    let mut n = 0;
    let c = || {
        n += 1;
        n
    };
    println!("{}", run(&c));
}
// error: E0596 at 3:5
