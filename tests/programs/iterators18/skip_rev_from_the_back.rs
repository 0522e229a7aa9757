// `rev` after `skip` takes from the back while more than the skipped count is left (std's Skip::next_back over an exact-size iterator); collected, it reserves the hint.
fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let tail: Vec<&i32> = v.iter().skip(2).rev().collect();
    println!("{:?}", tail);
    for (i, x) in v.iter().skip(3).rev().enumerate() {
        println!("{} {}", i, x);
    }
    let none: Vec<i32> = (0..3).skip(5).rev().collect();
    println!("{:?} {}", none, none.capacity());
}
// expect: [50, 40, 30]
// expect: 0 50
// expect: 1 40
// expect: [] 0
