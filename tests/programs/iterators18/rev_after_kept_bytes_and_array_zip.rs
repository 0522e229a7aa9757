// `rev` after adapters over a kept slice iterator (after a `next`), over bytes, and a zip of an array by value with a borrowed Vec.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    it.next();
    let r: Vec<&i32> = it.skip(1).rev().collect();
    println!("{:?}", r);
    let s = "héllo";
    let b: Vec<u8> = s.bytes().take(3).rev().collect();
    println!("{:?}", b);
    let w = [1, 2, 3];
    let z: Vec<(i32, &i32)> = w.into_iter().zip(&v).rev().collect();
    println!("{:?}", z);
}
// expect: [5, 4, 3]
// expect: [169, 195, 104]
// expect: [(3, 3), (2, 2), (1, 1)]
