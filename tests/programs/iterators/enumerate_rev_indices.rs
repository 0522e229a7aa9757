// enumerate().rev() counts indices from the front, so the last item keeps index len - 1.
let v = vec!['a', 'b', 'c'];
for (i, c) in v.iter().enumerate().rev() {
    println!("{} {}", i, c);
}
// expect: 2 c
// expect: 1 b
// expect: 0 a
