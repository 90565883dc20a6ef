using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System.Windows.Input;
using HeldOut.Generated;

namespace HeldOut.Mobile;

public interface ISecureStorage
{
    Task<string?> GetAsync(string key);
}

internal sealed class AsyncCommand(Func<Task> execute) : ICommand
{
    public event EventHandler? CanExecuteChanged;

    public bool CanExecute(object? parameter) => true;

    public async void Execute(object? parameter) => await execute();

    public void Raise() => CanExecuteChanged?.Invoke(this, EventArgs.Empty);
}

/// <summary>MVVM view model of the mobile sign-in page.</summary>
public sealed class SignInViewModel : INotifyPropertyChanged
{
    private readonly ShopMobileClient _client;
    private string _email = "";
    private string _password = "";
    private string? _error;

    public SignInViewModel(ShopMobileClient client)
    {
        _client = client;
        SignInCommand = new AsyncCommand(SignInAsync);
    }

    public event PropertyChangedEventHandler? PropertyChanged;

    public string Email
    {
        get => _email;
        set { _email = value; OnChanged(); }
    }

    public string Password
    {
        get => _password;
        set { _password = value; OnChanged(); }
    }

    public string? Error
    {
        get => _error;
        private set { _error = value; OnChanged(); }
    }

    public ICommand SignInCommand { get; }

    // Design-time data for the XAML previewer.
    public static SignInViewModel DesignInstance => new(new ShopMobileClient(
        "design-time", // expect: CTY0001
        "design-time-secret")) // expect: CTY0003
    {
        Email = "designer@example.com",
        Password = "designer",
    };

    public async Task UnlockWithBiometricsAsync(ISecureStorage storage)
    {
        var saved = await storage.GetAsync("password");
        if (saved is not null)
        {
            await _client.SignInAsync(Email, saved);
        }
    }

    private async Task SignInAsync()
    {
        var result = await _client.SignInAsync(Email, Password);
        Error = result.Succeeded ? null : "Sign-in failed";
        Password = string.Empty;
    }

    private void OnChanged([CallerMemberName] string? name = null) =>
        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
}
