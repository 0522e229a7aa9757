// A fill character before the alignment replaces the spaces: `{:*^9}`.
fn main() {
    println!("{:*^9}", "mid");
    println!("{:-<8}|", "left");
    println!("{:0>4}", 7);
    println!("{:#>6}", 'x');
}
// expect: ***mid***
// expect: left----|
// expect: 0007
// expect: #####x
