// Pushing chars onto an empty String allocates 8 bytes first, then doubles when full.
fn main() {
    let mut s = String::new();
    let mut i = 0;
    while i < 20 {
        s.push('a');
        i += 1;
        if i == 1 || i == 8 || i == 9 || i == 16 || i == 17 || i == 20 {
            println!("len {} capacity {}", s.len(), s.capacity());
        }
    }
    println!("{}", s);
}
// expect: len 1 capacity 8
// expect: len 8 capacity 8
// expect: len 9 capacity 16
// expect: len 16 capacity 16
// expect: len 17 capacity 32
// expect: len 20 capacity 32
// expect: aaaaaaaaaaaaaaaaaaaa
