// A kept IterMut hands out `&mut` to each element in turn: writing through the first changes the Vec.
let mut v = vec![1, 2, 3];
let mut it = v.iter_mut();
*it.next().unwrap() = 10;
if let Some(x) = it.next() {
    *x += 5;
}
println!("{:?}", v);
// expect: [10, 7, 3]
