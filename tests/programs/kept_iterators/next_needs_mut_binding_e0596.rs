// `next` takes `&mut self`, so an iterator kept in a binding without `mut` cannot be advanced (E0596).
let v = vec![1, 2, 3];
let it = v.iter();
println!("{:?}", it.next());
// error: E0596 at 4:18
