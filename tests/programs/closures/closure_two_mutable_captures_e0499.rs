// Two closures both pushing to the same Vec and both called later: the second capture is E0499.
fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut a = || log.push(String::from("a"));
    let mut b = || log.push(String::from("b"));
    a();
    b();
    println!("{:?}", log);
}
// error: E0499 at 5:17
