// `vec![&s]` of the function's own String cannot be returned: the Vec would point at a freed String (E0515 at the whole value).
fn refs() -> Vec<&'static String> {
    let s = String::from("hi");
    vec![&s]
}

fn main() {
    let v = refs();
    println!("{:?}", v);
}
// error: E0515 at 4:5
