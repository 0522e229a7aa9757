// A for loop over v.iter().map(..) borrows v for the whole loop: pushing inside is E0502.
let mut v = vec![1, 2, 3];
for x in v.iter().map(|x| x * 2) {
    v.push(x);
}
// error: E0502 at 4:5
