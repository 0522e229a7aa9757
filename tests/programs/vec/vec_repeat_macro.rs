// `vec![x; n]` makes n copies of x in a buffer of exactly n slots.
fn main() {
    let zeros = vec![0u8; 10];
    println!("{:?}", zeros);
    println!("{} {}", zeros.len(), zeros.capacity());
    let sevens = vec![7; 3];
    println!("{:?}", sevens);
}
// expect: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// expect: 10 10
// expect: [7, 7, 7]
