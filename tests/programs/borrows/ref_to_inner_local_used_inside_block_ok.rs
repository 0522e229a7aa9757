// A reference to an inner block's local is fine as long as it is only used inside the block.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
        println!("r: {r}");
    }
    println!("done");
}
// expect: r: 5
// expect: done
