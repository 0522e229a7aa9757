// `s.into()` moves s into the learner's From::from, so using s afterwards is E0382.
#[derive(Debug)]
struct Name(String);
impl From<String> for Name { fn from(s: String) -> Self { Name(s) } }
fn main() {
    let s = String::from("Ann");
    let n: Name = s.into();
    println!("{:?} {}", n, s);
}
// error: E0382 at 8:28
