// A `for` loop over `&mut it` (advancing a kept iterator in place) is not supported yet: the engine says so at its span.
let v = vec![1, 2, 3];
let mut it = v.iter();
for x in &mut it {
    if *x == 2 {
        break;
    }
}
println!("{:?}", it.next());
// expect: Some(3)
// unsupported: a `for` loop over `&mut` of an iterator
