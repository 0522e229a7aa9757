// A String made inside a block is freed at its closing brace, before the code after the block.
fn main() {
    println!("before");
    {
        let s = String::from("inside");
        println!("{}", s);
    }
    println!("after");
}
// expect: before
// expect: inside
// expect: after
