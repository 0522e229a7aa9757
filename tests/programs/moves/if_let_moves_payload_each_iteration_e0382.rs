// `if let Some(x) = s` in a loop moves the payload out in the first iteration; the second moves it again. rustc names no place for a part inside an enum's variant: "use of moved value".
fn main() {
    let s = Some(String::from("a"));
    for _ in 0..2 {
        if let Some(x) = s {
            println!("{}", x);
        }
    }
}
// error: E0382 at 5:21
