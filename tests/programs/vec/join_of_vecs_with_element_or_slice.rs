// join puts a clone of the separator (one element, or a slice of them) between the parts, in one exact allocation.
fn main() {
    let rows = vec![vec![1, 2], vec![3], vec![4, 5]];
    let with_zero = rows.join(&0);
    println!("{:?} {}", with_zero, with_zero.capacity());
    let with_pair = rows.join(&[7, 7][..]);
    println!("{:?} {}", with_pair, with_pair.capacity());
    let parts: [&[char]; 2] = [&['a', 'b'], &['c']];
    println!("{:?}", parts.join(&'-'));
    let none: Vec<Vec<u8>> = Vec::new();
    println!("{:?} {}", none.concat(), none.join(&1).capacity());
}
// expect: [1, 2, 0, 3, 0, 4, 5] 7
// expect: [1, 2, 7, 7, 3, 7, 7, 4, 5] 9
// expect: ['a', 'b', '-', 'c']
// expect: [] 0
