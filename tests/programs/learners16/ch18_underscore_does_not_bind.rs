// `_` does not bind so the String is not moved, while `_s` does move it.
fn main() {
    let s = Some(String::from("Hello!"));
    if let Some(_) = s {
        println!("found a string");
    }
    println!("{s:?}");
    let t = Some(String::from("again"));
    if let Some(_t) = t {
        println!("found another");
    }
}
// expect: found a string
// expect: Some("Hello!")
// expect: found another
