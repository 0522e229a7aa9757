// When a push finds the buffer full, the Vec reallocates to double the capacity.
fn main() {
    let mut v = Vec::new();
    let mut i = 1;
    while i <= 9 {
        v.push(i * 10);
        println!("len {} capacity {}", v.len(), v.capacity());
        i += 1;
    }
}
// expect: len 1 capacity 4
// expect: len 2 capacity 4
// expect: len 3 capacity 4
// expect: len 4 capacity 4
// expect: len 5 capacity 8
// expect: len 6 capacity 8
// expect: len 7 capacity 8
// expect: len 8 capacity 8
// expect: len 9 capacity 16
