// Width and alignment apply to `{:?}` output too, and precision to floats inside it.
fn main() {
    println!("[{:>8?}]", Some(1));
    println!("[{:10?}]", "q");
    println!("{:.1?}", vec![1.25, 2.0]);
}
// expect: [Some(       1)]
// expect: ["q"]
// expect: [1.2, 2.0]
