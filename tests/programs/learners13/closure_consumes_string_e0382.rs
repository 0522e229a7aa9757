// A closure that moves its String capture out (drop) is FnOnce; the String itself is then moved: E0382 at the later use.
fn main() {
    let s = String::from("bye");
    let f = || {
        let owned = s;
        println!("got {}", owned);
    };
    f();
    println!("{}", s);
}
// error: E0382 at 9:20
