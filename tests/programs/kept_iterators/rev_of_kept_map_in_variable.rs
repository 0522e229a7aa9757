// `rev` of a map or filter kept in a variable is std's Rev around it: the closure runs from the back as items are pulled, a FnMut's count going on.
fn main() {
    let v = vec![1, 2, 3, 4];
    let m = v.iter().map(|x| x * 2);
    let r = m.rev();
    println!("{:?}", r);
    let back: Vec<i32> = r.collect();
    println!("{:?}", back);
    let mut seen = 0;
    let mut f = v.iter().filter(|x| {
        seen += 1;
        **x % 2 == 0
    });
    println!("{:?}", f.next());
    let mut g = f.rev();
    println!("{:?} {:?}", g.next(), g.next());
    drop(g);
    println!("{}", seen);
    let words = "one two three";
    let lens = words.split(' ').map(|w| w.len());
    let squares = (1..=3).map(|x| x * x);
    println!("{:?}", squares.rev().collect::<Vec<i32>>());
    println!("{}", lens.count());
}
// expect: Rev { iter: Map { iter: Iter([1, 2, 3, 4]) } }
// expect: [8, 6, 4, 2]
// expect: Some(2)
// expect: Some(4) None
// expect: 4
// expect: [9, 4, 1]
// expect: 3
