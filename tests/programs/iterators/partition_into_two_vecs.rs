// `partition` pushes each item onto one of two Vecs, each growing as pushes grow it (4, then 8).
fn main() {
    let v: Vec<i32> = (1..=11).collect();
    let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} {}", even, even.capacity());
    println!("{:?} {}", odd, odd.capacity());
}
// expect: [2, 4, 6, 8, 10] 8
// expect: [1, 3, 5, 7, 9, 11] 8
