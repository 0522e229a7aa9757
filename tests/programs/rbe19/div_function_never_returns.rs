// A function returning `!` that panics; its call fits any type.
fn foo() -> ! {
    panic!("This call never returns.");
}

fn main() {
    let x: u32 = if false { 3 } else { foo() };
    println!("{}", x);
}
// panic: This call never returns.
// panic-at: 3:5
