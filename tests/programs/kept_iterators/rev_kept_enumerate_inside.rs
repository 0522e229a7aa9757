// An Enumerate kept around a kept Rev counts from 0 as it pulls from the back.
fn main() {
    let v = vec!['a', 'b', 'c'];
    let mut it = v.iter().rev().enumerate();
    println!("{:?}", it.next());
    println!("{:?} {}", it, std::mem::size_of_val(&it));
    for (i, c) in it {
        println!("{i} {c}");
    }
}
// expect: Some((0, 'c'))
// expect: Enumerate { iter: Rev { iter: Iter(['a', 'b']) }, count: 1 } 24
// expect: 1 b
// expect: 2 a
