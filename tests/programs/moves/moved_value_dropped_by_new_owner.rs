// A String moved into a block is freed at that block's end, not at the end of main.
fn main() {
    let s = String::from("traveller");
    {
        let t = s;
        println!("{}", t);
    }
    println!("after the block");
}
// expect: traveller
// expect: after the block
