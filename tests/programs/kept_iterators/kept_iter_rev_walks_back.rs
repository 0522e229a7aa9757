// A kept iterator moved into `rev` walks what is left from the back.
let v = vec![1, 2, 3, 4];
let mut it = v.iter();
it.next();
for x in it.rev() {
    println!("{x}");
}
// expect: 4
// expect: 3
// expect: 2
