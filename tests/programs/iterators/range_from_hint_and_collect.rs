// An endless range hints (usize::MAX, None) as std's RangeFrom and is not walked by index: `(0..).skip(1).take(3)` and `(1..).step_by(3).take(2)` collect into 4 slots.
fn main() {
    let v: Vec<u32> = (0..).skip(1).take(3).collect();
    println!("{:?} {}", v, v.capacity());
    let w: Vec<(u32, &str)> = (1..).zip(["a", "b"].iter().copied()).collect();
    println!("{:?} {}", w, w.capacity());
    println!("{:?} {:?}", (5u8..).size_hint(), (1..).take(3).size_hint());
    let c: Vec<i32> = (1..).step_by(3).take(2).collect();
    println!("{:?} {}", c, c.capacity());
}
// expect: [1, 2, 3] 4
// expect: [(1, "a"), (2, "b")] 2
// expect: (18446744073709551615, None) (3, Some(3))
// expect: [1, 4] 4
