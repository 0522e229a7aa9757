// Ord's cmp on an open `{float}`: rustc cannot tell which float type's it is (E0689), as for f64's own max.
fn main() {
    let x = 2.0.cmp(&1.0);
    println!("{:?}", x);
}

// error: E0689 at 3:17
