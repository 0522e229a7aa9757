// The `&str` that `as_deref` hands out borrows the Option's String, so changing the String while it is still used is error E0502.
fn main() {
    let mut title: Option<String> = Some(String::from("draft"));
    let view = title.as_deref();
    if let Some(t) = title.as_mut() {
        t.push_str(" v2");
    }
    println!("{:?}", view);
}
// error: E0502 at 5:22
