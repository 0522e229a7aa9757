// `String::from` on `&String`s is std's `From<&String>`, which the engine does not pick by trait yet.
fn main() {
    let v = vec![String::from("a")];
    let w: Vec<String> = v.iter().map(String::from).collect();
    println!("{:?}", w);
}
// expect: ["a"]
// unsupported: `String::from` used as a value on other arguments at 4:39
