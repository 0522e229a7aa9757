// `expect` on a Result gives back the Ok payload only, so the owner the Err type borrowed may be dropped.
fn main() {
    let a = String::from("a");
    let e = String::from("e");
    let r: Result<&String, &String> = if a.is_empty() { Err(&e) } else { Ok(&a) };
    let x = r.expect("present");
    drop(e);
    println!("{x}");
}
// expect: a
