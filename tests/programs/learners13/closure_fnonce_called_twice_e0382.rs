// A closure that gives its captured Vec away is FnOnce: calling it twice is E0382.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let take = move || v;
    let first = take();
    println!("{:?}", first);
    let second = take();
    println!("{:?}", second);
}
// error: E0382 at 7:18
