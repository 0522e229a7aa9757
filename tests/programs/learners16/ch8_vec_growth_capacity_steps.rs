// Pushing ten items one by one: the capacity doubles 4, 8, 16 as rustc's Vec grows.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut last = v.capacity();
    for i in 0..10 {
        v.push(i);
        if v.capacity() != last {
            println!("len {} cap {}", v.len(), v.capacity());
            last = v.capacity();
        }
    }
    v.shrink_to_fit();
    println!("after shrink cap {}", v.capacity());
}
// expect: len 1 cap 4
// expect: len 5 cap 8
// expect: len 9 cap 16
// expect: after shrink cap 10
