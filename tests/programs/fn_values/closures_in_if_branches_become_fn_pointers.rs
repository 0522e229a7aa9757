// Two closures capturing nothing, as the branches of an `if`, are made function pointers by rustc, and run.
fn main() {
    let up = true;
    let f = if up { |x: i32| x + 1 } else { |x: i32| x - 1 };
    println!("{}", f(10));
}
// expect: 11
