// `Vec::new()` makes an empty vector with capacity 0: nothing is allocated until the first push.
fn main() {
    let v: Vec<i32> = Vec::new();
    println!("len {} capacity {}", v.len(), v.capacity());
    let w: Vec<i32> = vec![];
    println!("{:?} {}", w, w.capacity());
}
// expect: len 0 capacity 0
// expect: [] 0
