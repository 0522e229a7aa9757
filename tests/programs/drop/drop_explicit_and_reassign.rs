// `drop(x)` runs the destructor at once; assigning over a value drops the old one after the new one is made; `let _ =` drops at once.
struct Tag(u32);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: u32) -> Tag {
    println!("make {}", n);
    Tag(n)
}

fn main() {
    let a = make(1);
    drop(a);
    let mut b = make(2);
    b = make(3);
    let _ = make(4);
    make(5);
    println!("end {}", b.0);
}
// expect: make 1
// expect: drop 1
// expect: make 2
// expect: make 3
// expect: drop 2
// expect: make 4
// expect: drop 4
// expect: make 5
// expect: drop 5
// expect: end 3
// expect: drop 3
