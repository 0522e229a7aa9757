// `String::from_utf8` is std's (its associated functions are read from std's documentation) and not run yet: "not supported yet" at the path, where the engine said rustc's E0599 "no function or associated item".
fn main() {
    let bytes = vec![104, 105];
    let s = String::from_utf8(bytes).unwrap();
    println!("{s}");
}
// expect: hi
// unsupported: `String::from_utf8` at 4:13
