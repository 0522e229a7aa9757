// `Box::into_raw` is one of Box's associated functions std has and the engine does not run: "not supported yet" at the path, never E0599.
fn main() {
    let b = Box::new(5);
    let _p = Box::into_raw(b);
    println!("leaked");
}
// expect: leaked
// unsupported: `Box::into_raw` at 4:14
