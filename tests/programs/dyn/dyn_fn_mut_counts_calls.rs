// A `&mut dyn FnMut()` called through a function changes what its closure captured by mutable reference.
fn call_twice(f: &mut dyn FnMut()) {
    f();
    f();
}

fn main() {
    let mut count = 0;
    let mut bump = || count += 1;
    call_twice(&mut bump);
    println!("{}", count);
}
// expect: 2
