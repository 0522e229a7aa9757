// `split_off(at)` moves the tail into a new Vec whose buffer holds exactly `len - at` elements (none when at == len); the original keeps its buffer and capacity, even for at == 0.
fn main() {
    let mut v = vec![10, 20, 30, 40, 50];
    v.push(60);
    let tail = v.split_off(2);
    println!("{:?} {} {}", v, v.len(), v.capacity());
    println!("{:?} {} {}", tail, tail.len(), tail.capacity());
    let mut names = vec![String::from("a"), String::from("b"), String::from("c")];
    let rest = names.split_off(1);
    println!("{:?} {:?}", names, rest);
    let mut w: Vec<u8> = Vec::with_capacity(10);
    w.push(1);
    w.push(2);
    w.push(3);
    let none = w.split_off(3);
    println!("{:?} {:?} {}", w, none, none.capacity());
    let all = w.split_off(0);
    println!("{:?} {} {:?} {}", w, w.capacity(), all, all.capacity());
}
// expect: [10, 20] 2 10
// expect: [30, 40, 50, 60] 4 4
// expect: ["a"] ["b", "c"]
// expect: [1, 2, 3] [] 0
// expect: [] 10 [1, 2, 3] 3
