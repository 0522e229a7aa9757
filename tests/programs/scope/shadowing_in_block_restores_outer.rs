// A name shadowed inside a block refers to the outer variable again after the block.
fn main() {
    let x = 1;
    {
        let x = 2;
        println!("inner {}", x);
    }
    println!("outer {}", x);
}
// expect: inner 2
// expect: outer 1
