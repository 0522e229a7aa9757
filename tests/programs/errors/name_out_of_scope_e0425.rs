// A variable declared in a block does not exist after the block's closing brace.
fn main() {
    {
        let inner = 1;
        println!("{}", inner);
    }
    println!("{}", inner);
}
// error: E0425 at 7:20
