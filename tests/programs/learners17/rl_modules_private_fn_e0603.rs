// Rustlings-style: calling a private function of a module from outside is E0603.
mod sausage_factory {
    fn get_secret_recipe() -> String {
        String::from("Ginger")
    }

    fn make_sausage() {
        get_secret_recipe();
        println!("sausage!");
    }
}

fn main() {
    sausage_factory::make_sausage();
}
// error: E0603 at 14:22
