// A closure that moves out of its capture is FnOnce: a second call uses a moved value, E0382.
fn main() {
    let s = String::from("once");
    let take = || {
        let t = s;
        t.len()
    };
    println!("{}", take());
    println!("{}", take());
}
// error: E0382 at 9:20
