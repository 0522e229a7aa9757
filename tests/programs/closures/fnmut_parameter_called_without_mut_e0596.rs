// A generic `F: FnMut` parameter not declared `mut` and called is E0596 in the generic function itself (it was "this use of `run::<..>` is not supported yet").
fn run<F: FnMut() -> u32>(f: F) -> u32 {
    f()
}

fn main() {
    let mut n = 0;
    println!("{}", run(|| {
        n += 1;
        n
    }));
}
// error: E0596 at 3:5
