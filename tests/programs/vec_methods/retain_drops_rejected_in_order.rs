// retain asks its closure about each element once, in order, drops each rejected String where it lies, and keeps the buffer.
let mut v = vec![String::from("keep"), String::from("x"), String::from("also"), String::from("y")];
v.retain(|s| {
    println!("asked about {}", s);
    s.len() > 1
});
println!("{:?} len {} cap {}", v, v.len(), v.capacity());
let mut n = vec![1, 2, 3, 4, 5, 6];
n.retain_mut(|x| {
    *x *= 10;
    *x % 20 == 0
});
println!("{:?}", n);
// expect: asked about keep
// expect: asked about x
// expect: asked about also
// expect: asked about y
// expect: ["keep", "also"] len 2 cap 4
// expect: [20, 40, 60]
