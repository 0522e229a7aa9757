// println! formats after all its arguments ran: a reference from a `&mut v` call printed first keeps v mutably borrowed while `v.len()` reads it (E0502).
fn first(v: &mut Vec<String>) -> &String {
    v.push(String::from("end"));
    &v[0]
}

fn main() {
    let mut names = vec![String::from("ann")];
    let f = first(&mut names);
    println!("{} of {}", f, names.len());
}
// error: E0502 at 10:29
