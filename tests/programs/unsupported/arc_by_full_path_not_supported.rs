// Arc named by its full path, without a `use`: the engine says it is not supported at the call's path.
fn main() {
    let a = std::sync::Arc::new(String::from("shared"));
    println!("{}", a);
}
// expect: shared
// unsupported: `std::sync::Arc::new` is not supported yet at 3:13
