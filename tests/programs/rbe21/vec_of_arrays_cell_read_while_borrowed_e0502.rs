// A cell of a Vec of arrays read (`rows[0][0]`) while a row is borrowed `&mut`: the read goes through the Vec's Index impl (E0502 on `rows`), the borrow is at `rows`.
fn main() {
    let mut rows = vec![[0; 3]; 3];
    let row = &mut rows[1];
    let k = rows[0][0];
    row[0] = k;
    println!("{:?}", rows);
}
// error: E0502 at 5:13
