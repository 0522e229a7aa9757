// A `None` from scan's closure ends a `for` loop over it: items after it are never pulled.
let v = vec![3, 5, 100, 2];
for x in v.iter().scan(0, |sum, &x| { *sum += x; if *sum > 50 { None } else { Some(*sum) } }) {
    println!("{}", x);
}
// expect: 3
// expect: 8
