// A `&mut` to a mutating closure is itself FnMut, so the closure can be lent to a function and used after.
fn run<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let mut n = 0;
    let mut bump = || n += 10;
    run(&mut bump);
    run(&mut bump);
    bump();
    println!("{}", n);
}
// expect: 30
