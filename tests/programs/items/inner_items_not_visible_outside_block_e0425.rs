// An item declared in a block is visible in that block only.
fn main() {
    {
        fn shout() -> &'static str {
            "hey"
        }
        println!("{}", shout());
    }
    println!("{}", shout());
}
// error: E0425 at 9:20
